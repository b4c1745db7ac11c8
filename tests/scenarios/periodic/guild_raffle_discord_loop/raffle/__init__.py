"""Guild raffle bot: a cog with discord.ext.tasks loops."""
