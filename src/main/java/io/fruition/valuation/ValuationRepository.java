package io.fruition.valuation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.fruition.partnership.Side;

interface ValuationRepository extends JpaRepository<ValueEstimate, Long> {

    List<ValueEstimate> findByIdeaId(long ideaId);

    Optional<ValueEstimate> findByIdeaIdAndSide(long ideaId, Side side);
}
