-- Requests per client and kind of expensive operation (imports, exports, calendars) in the current fixed window,
-- kept here and not in the API's memory so that every instance behind the load balancer counts the same requests.
-- One row per client and kind: a new window overwrites the old one, so the table never grows beyond its clients.
create table rate_limit_window (
    client_key   varchar(255) not null,
    bucket       varchar(40)  not null,
    window_start timestamptz  not null,
    requests     integer      not null,
    primary key (client_key, bucket)
);
