/** Screening decisions, the joint review board's votes and rule, the chair's and the sponsors' decisions. */
package io.fruition.review;
