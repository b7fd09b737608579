package io.fruition.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    List<Member> findByUsername(String username);

    Optional<Member> findByUsernameAndPartnershipPrefix(String username, String prefix);

    List<Member> findByPartnershipPrefix(String prefix);
}
