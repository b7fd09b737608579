/** Value estimates of both sides, PERT expected benefit, the mutual value score and the idea's priority. */
package io.fruition.valuation;
