"""Word knowledge shared by the grammar and spelling families.

Each module holds one kind of knowledge and loads what it needs once per
process, on first use: the Hunspell dictionary and word frequencies
(``dictionary``), verb forms (``verbs``), romanised Chinese syllables
(``pinyin``), US/UK spelling variants (``dialect``) and user word lists
(``userwords``).
"""
