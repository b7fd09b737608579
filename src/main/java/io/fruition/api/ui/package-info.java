/** The API's pages: a member's personal API tokens. */
@NamedInterface("views")
package io.fruition.api.ui;

import org.springframework.modulith.NamedInterface;
