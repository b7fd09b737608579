/** Demo partnerships, users and ideas for a first start (default profile only). */
package io.fruition.demo;
