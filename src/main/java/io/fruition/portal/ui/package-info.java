/** The portal's views of ideas: follow one idea (/ideas/{number}), find ideas (/ideas), submit (/ideas/new). */
package io.fruition.portal.ui;
