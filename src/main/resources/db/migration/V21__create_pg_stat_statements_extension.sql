-- Statement statistics for the system page's slowest statements. The embedded PostgreSQL preloads the
-- library; an external database may not offer the extension or may not let PMS's user create it, and
-- neither must stop PMS from starting: the system page then says how to enable it.
do $$
begin
    if exists (select 1 from pg_available_extensions where name = 'pg_stat_statements') then
        begin
            create extension if not exists pg_stat_statements;
        exception when others then
            raise notice 'pg_stat_statements not created: %', sqlerrm;
        end;
    end if;
end
$$;
