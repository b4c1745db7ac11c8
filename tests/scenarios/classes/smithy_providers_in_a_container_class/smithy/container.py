from .parts import AnvilDesk, BoxClient, Drive, Settings
from .providers import Factory, Singleton


class SmithyContainer:
    settings = Singleton(Settings.from_env)
    client = Singleton(BoxClient, settings)
    drive = Singleton(Drive.for_setting, settings, client)
    anvils = Factory(AnvilDesk, client=client, settings=settings)
