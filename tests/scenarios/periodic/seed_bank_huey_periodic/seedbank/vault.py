class VaultDb:
    def scalar(self, sql: str) -> int:
        return 0


def vault_db() -> VaultDb:
    return VaultDb()
