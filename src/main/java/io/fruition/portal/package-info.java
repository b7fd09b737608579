/** The portal most members see: submit, find and follow ideas (views in portal.ui). */
package io.fruition.portal;
