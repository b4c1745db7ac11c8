class LoanRegister:
    async def overdue(self) -> list:
        return []


def loan_register() -> LoanRegister:
    return LoanRegister()
