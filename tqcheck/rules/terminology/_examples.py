"""A small glossary the terminology rules' examples share."""

from __future__ import annotations

from ...glossary import Entry, Glossary

GLOSSARY = Glossary((
    Entry("Under Secretary of Defense for Policy", "负责政策的国防部副部长", ("Deputy Secretary of Defense for Policy",),
          True, "Elbridge Colby's post"),
    Entry("António Costa", "科斯塔", ("Antonio Costa",), True, "President of the European Council"),
    Entry("EU-China summit", "中欧峰会", (), True),
    Entry("cybersecurity", "网络安全", ("cyber-security",)),
    Entry("U.S. President Donald Trump", "美国总统特朗普", ("former U.S. President Donald Trump",), True,
          "in office since January 20, 2025"),
))
RESOURCES = {"glossary": GLOSSARY}
