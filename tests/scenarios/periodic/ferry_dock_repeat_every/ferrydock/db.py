class ManifestDb:
    async def execute(self, sql: str) -> int:
        return 0


def manifest_db() -> ManifestDb:
    return ManifestDb()
