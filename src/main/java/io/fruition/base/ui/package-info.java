/** Small Vaadin pieces several features' views share: downloads of tables and files, the reader's formats. */
@NamedInterface("ui")
package io.fruition.base.ui;

import org.springframework.modulith.NamedInterface;
