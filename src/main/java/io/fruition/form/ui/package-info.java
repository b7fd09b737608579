/** Renders a form-js schema as native Vaadin components, with live conditions and server-side messages. */
package io.fruition.form.ui;
