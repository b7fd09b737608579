/**
 * The partnership's innovation commitments: what both sides agreed the programme delivers (supplier ideas per
 * quarter, time to first response, board decisions within N days, an innovation fund, a target relationship
 * score), their actuals computed live, and whether each is on track, at risk or missed.
 */
package io.fruition.commitment;
