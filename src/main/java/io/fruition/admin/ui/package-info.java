/** The administration page (/admin), for administrators only. */
package io.fruition.admin.ui;
