/** The application shell (main layout, navigation), the dashboard and shared UI pieces. */
package io.fruition.ui;
