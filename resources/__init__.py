"""Content as data: scenarios, SMS replies, checklists, translations, sounds.

Installed as the package ``console.resources``; load files with
``importlib.resources.files("console.resources")``.
"""
