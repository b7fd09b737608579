/** Small Vaadin pieces several features' views share: downloads of tables and files, the reader's formats. */
package io.fruition.base.ui;
