-- A mail being sent is claimed by one dispatcher: status SENDING, with the database's time of the claim, so that
-- nodes whose clocks differ (or a demo that moves the application's clock) can never both send it; a claim older
-- than the lease (a node died while sending) is taken over.
alter table mail_outbox add column claimed_at timestamp;
