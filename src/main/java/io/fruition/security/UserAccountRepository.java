package io.fruition.security;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, String> {

    List<UserAccount> findByActiveTrueOrderByUsername();

    List<UserAccount> findAllByOrderByUsername();

    long countByAdminTrueAndActiveTrue();
}
