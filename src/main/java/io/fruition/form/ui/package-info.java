/** Renders a form-js schema as native Vaadin components, with live conditions and server-side messages. */
@NamedInterface("ui")
package io.fruition.form.ui;

import org.springframework.modulith.NamedInterface;
