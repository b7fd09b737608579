/** The commitments page (/commitments): what both sides agreed, how each is doing, the fund, proposals to agree. */
@NamedInterface("views")
package io.fruition.commitment.ui;

import org.springframework.modulith.NamedInterface;
