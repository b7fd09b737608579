/** Small Vaadin pieces several features' views share: downloads of tables and files. */
package io.fruition.base.ui;
