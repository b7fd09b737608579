/** Sign-in page and the web security of the Vaadin UI. */
package io.fruition.security.ui;
