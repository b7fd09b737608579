/** The webhooks page: a partnership's endpoints, their secrets and their delivery log. */
@NamedInterface("views")
package io.fruition.webhook.ui;

import org.springframework.modulith.NamedInterface;
