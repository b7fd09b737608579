/** Delivery of approved ideas: plan and milestones, progress reports, acceptance and realised benefits. */
package io.fruition.delivery;
