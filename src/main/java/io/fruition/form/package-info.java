/** The form-js schema model of Camunda Forms and the server-side validation of submitted values against it. */
package io.fruition.form;
