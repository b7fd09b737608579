/** Who may sign in: user accounts, passwords and the signed-in user. */
package io.fruition.security;
