package io.fruition.idea;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IdeaRepository extends JpaRepository<Idea, Long> {

    Optional<Idea> findByNumber(String number);

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
