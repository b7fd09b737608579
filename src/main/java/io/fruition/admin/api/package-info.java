/** The administration's JSON API, for administrators only (everyone else gets 403). */
package io.fruition.admin.api;
