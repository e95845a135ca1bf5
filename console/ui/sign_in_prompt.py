"""``Screens.sign_in``: asking for credentials from a coroutine, without ``exec()``.

The dialog is shown with ``open()`` and its ``finished`` signal resolves a
future, so the event loop keeps running.  The first call may be answered by
the dialog the bootstrap already showed at start-up (:class:`SignInPrompts`):
whatever the advocate typed or answered there, before the runtime was loaded,
is what the runtime gets.
"""

from __future__ import annotations

import asyncio

from .sign_in import Credentials, SignInDialog

__all__ = ["SignInPrompts", "answer_of", "ask_credentials"]


async def answer_of(dialog: SignInDialog) -> Credentials | None:
    """Wait for ``dialog``'s answer (opening it unless it is open or answered), then delete it."""
    try:
        if not dialog.answered:
            done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

            def finished(result: int) -> None:
                if not done.done():
                    done.set_result(result)

            dialog.finished.connect(finished)
            if not dialog.isVisible():
                dialog.open()
            await done
        return dialog.answer()
    finally:
        dialog.deleteLater()


async def ask_credentials(server: str, user: str, problem: str | None) -> Credentials | None:
    """A new dialog; the credentials, or None when the advocate cancels."""
    return await answer_of(SignInDialog(server, user, problem))


class SignInPrompts:
    """Asks as :func:`ask_credentials` does, the first time through ``first`` when given.

    ``first`` is the dialog shown at start-up for the same server and user, with
    no problem to show: the runtime's first question.  A later call (a wrong
    password, say) shows a new dialog with the problem.
    """

    def __init__(self, first: SignInDialog | None = None) -> None:
        self._first = first

    def __repr__(self) -> str:
        return f"SignInPrompts(first={'pending' if self._first is not None else None})"

    async def __call__(self, server: str, user: str, problem: str | None) -> Credentials | None:
        first, self._first = self._first, None
        if first is None:
            return await ask_credentials(server, user, problem)
        return await answer_of(first)
