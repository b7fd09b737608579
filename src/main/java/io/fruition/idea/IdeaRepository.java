package io.fruition.idea;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IdeaRepository extends JpaRepository<Idea, Long> {

    // A query string, not a derived (criteria) query: Hibernate keeps the plan of a string and translated the
    // criteria anew on every call; an idea is read by number on every idea page and API read.
    @Query("select i from Idea i where i.number = :number")
    Optional<Idea> findByNumber(@Param("number") String number);

    List<Idea> findByNumberIn(Collection<String> numbers);

    List<Idea> findTop20BySubmitterAndPartnershipIdInOrderByCreatedAtDesc(String submitter,
            Collection<Long> partnershipIds);

    @Query("select i.status as status, count(i) as count from Idea i where i.partnershipId = :partnershipId group by i.status")
    List<StatusCount> countByStatus(Long partnershipId);

    interface StatusCount {
        IdeaStatus getStatus();

        long getCount();
    }
}
