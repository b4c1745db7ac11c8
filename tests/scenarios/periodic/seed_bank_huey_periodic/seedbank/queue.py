from huey import RedisHuey

huey = RedisHuey("seedbank")
