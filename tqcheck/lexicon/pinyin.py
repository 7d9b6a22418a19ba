"""Romanised Chinese names: does a word read as Hanyu Pinyin syllables?

News translated from Chinese is full of names (``Jiangxi``, ``Xinhua``,
``Zhongnanhai``, ``Xi'an``) that no English dictionary lists. A
capitalised word that splits wholly into one to four Pinyin syllables is
taken for a name. Syllables are the standard inventory without tones.
"""

from __future__ import annotations

from functools import lru_cache

_SYLLABLES = frozenset(
    """
    a ai an ang ao e ei en eng er o ou
    ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
    pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
    ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
    fa fan fang fei fen feng fo fou fu
    da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo
    ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
    na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve nü nüe
    la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve lü lüe
    ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
    ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo
    ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
    ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
    qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
    xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
    zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
    cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
    sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
    ra ran rang rao re ren reng ri rong rou ru ruan rui run ruo
    za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
    ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
    sa sai san sang sao se sen seng si song sou su suan sui sun suo
    ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
    wa wai wan wang wei wen weng wo wu
    """.split()
)
_MAX = 6  # longest syllable: zhuang, chuang, shuang


@lru_cache(maxsize=50_000)
def syllables(word: str) -> int:
    """How many Pinyin syllables ``word`` splits into (0 if it does not).

    An apostrophe may separate syllables (``Xi'an``). Among several
    splits the one with fewest syllables wins.
    """
    w = word.lower().replace("’", "'")
    parts = w.split("'")
    total = 0
    for part in parts:
        n = _split(part)
        if not n:
            return 0
        total += n
    return total


def _split(s: str) -> int:
    if not s:
        return 0
    best = [0] + [99] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(max(0, i - _MAX), i):
            if best[j] < 99 and s[j:i] in _SYLLABLES:
                best[i] = min(best[i], best[j] + 1)
    return best[-1] if best[-1] < 99 else 0


def is_pinyin_name(word: str, max_syllables: int = 4) -> bool:
    """A capitalised word made of 1-4 Pinyin syllables (``Jiangxi``)."""
    if not word[:1].isupper():
        return False
    n = syllables(word)
    return 0 < n <= max_syllables
