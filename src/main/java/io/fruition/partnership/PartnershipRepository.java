package io.fruition.partnership;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByPrefix(String prefix);

    boolean existsByPrefix(String prefix);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(value = "update partnership set last_idea_seq = last_idea_seq + 1 where prefix = :prefix", nativeQuery = true)
    int incrementIdeaSequence(String prefix);

    @Query(value = "select last_idea_seq from partnership where prefix = :prefix", nativeQuery = true)
    int currentIdeaSequence(String prefix);
}
