/** In-app notifications and e-mail through a transactional outbox with retries. */
package io.fruition.notification;
