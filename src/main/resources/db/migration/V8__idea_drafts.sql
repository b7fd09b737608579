-- A member's unsent idea, kept while they type so that closing the browser loses nothing.
create table idea_draft (
    username         varchar(64)   primary key references user_account (username),
    partnership      varchar(8),
    title            varchar(200),
    problem          varchar(4000),
    proposal         varchar(4000),
    expected_benefit varchar(4000),
    updated_at       timestamp     not null
);
