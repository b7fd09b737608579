/** Administration: organisations, partnerships, members, boards and campaigns, every change in the audit log. */
package io.fruition.admin;
