/** The Idea aggregate: submission, numbering, status and the queries over ideas. */
package io.fruition.idea;
