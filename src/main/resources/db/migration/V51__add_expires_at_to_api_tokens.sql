-- An optional end of life, set at creation; an expired token is refused as a revoked one is.
alter table api_tokens add column expires_at timestamptz;
