"""SQL queries for mail delivery."""


def list_working_agents(sql):
    return sql.exec("SELECT * FROM agents WHERE status = 'working'").all()
