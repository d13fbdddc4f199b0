"""Column headings of a secretariat's spreadsheet, in English or Japanese, and the field each names.

A Japanese member list says 名称, 種別, モダリティ, 都道府県 where the exchange format says name,
kind, modalities, region; both are read. Headings are compared after NFKC (full-width letters,
half-width kana), case folding and without spaces, brackets' contents kept, so ``ＩＤ``,
``Name (EN)`` and ``名称（日本語）`` are found. The field names themselves always work.
"""

from __future__ import annotations

import re
import unicodedata

#: field -> the headings that name it (besides the field name itself).
ORGANIZATION_HEADINGS: dict[str, tuple[str, ...]] = {
    "id": ("識別子", "組織id", "団体id", "コード", "組織コード"),
    "kind": ("種別", "種類", "区分", "業種", "組織種別", "type"),
    "name": ("名称(英語)", "英語名", "英文名", "名称(英)", "name(en)", "english name", "organization", "organisation"),
    "name_ja": ("名称", "名称(日本語)", "日本語名", "社名", "会社名", "企業名", "団体名", "組織名", "法人名"),
    "description": ("説明", "事業内容", "概要", "紹介", "提供できること", "強み"),
    "needs": ("ニーズ", "求めるもの", "探しているもの", "課題"),
    "needs_confidential": ("ニーズ非公開", "ニーズを公開しない"),
    "modalities": ("モダリティ", "modality"),
    "capabilities": ("機能", "能力", "ケイパビリティ", "提供サービス", "サービス", "capability"),
    "stage": ("開発段階", "ステージ", "開発ステージ"),
    "funding_stage": ("資金調達段階", "資金ステージ", "調達ステージ", "ラウンド"),
    "certifications": ("認定", "認証", "certification"),
    "region": ("地域", "都道府県", "所在地", "所在都道府県", "prefecture"),
    "hub": ("拠点", "ハブ"),
    "communities": ("コミュニティ", "所属コミュニティ", "所属", "community"),
    "founded": ("設立", "設立年", "創業", "創業年", "year founded"),
    "website": ("ウェブサイト", "webサイト", "url", "ホームページ", "hp", "web"),
    "source": ("出典", "情報源"),
    "municipality": ("市区町村コード", "市町村コード", "団体コード", "municipality code"),
    "latitude": ("緯度", "lat"),
    "longitude": ("経度", "lon", "lng"),
    "location_source": ("所在地の出典", "位置の出典"),
}

#: The columns of a links sheet; any other column is one of the link's attributes.
LINK_HEADINGS: dict[str, tuple[str, ...]] = {
    "source": ("起点", "元", "from", "組織id(元)"),
    "target": ("相手", "先", "to", "相手先", "組織id(先)"),
    "type": ("種類", "関係", "関係の種類", "つながり", "link type"),
    "since": ("開始", "開始日"),
    "until": ("終了", "終了日"),
    "reference": ("出典", "参照", "根拠"),
}

#: Link types as a Japanese sheet may name them.
LINK_TYPE_NAMES: dict[str, str] = {
    "会員": "MEMBER_OF",
    "所属": "MEMBER_OF",
    "所在": "LOCATED_IN",
    "投資": "INVESTED_IN",
    "出資": "INVESTED_IN",
    "供給": "SUPPLIES",
    "納入": "SUPPLIES",
    "委託": "OUTSOURCES_TO",
    "外部委託": "OUTSOURCES_TO",
    "共同研究": "COLLABORATES_WITH",
    "連携": "COLLABORATES_WITH",
    "協業": "COLLABORATES_WITH",
    "スピンアウト": "SPUN_OUT_FROM",
    "カーブアウト": "SPUN_OUT_FROM",
    "ライセンス": "LICENSED_TO",
    "導出": "LICENSED_TO",
    "保有": "OWNS",
    "参加": "ATTENDS",
    "出展": "ATTENDS",
    "面談": "MET_WITH",
    "商談": "MET_WITH",
}

_SPACES = re.compile(r"[\s_・]+")


def heading_key(text: str) -> str:
    """A heading as compared: NFKC, case-folded, without spaces, underscores or middle dots."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text).casefold())


def _table(headings: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table = {heading_key(alias): field for field, aliases in headings.items() for alias in aliases}
    table.update({heading_key(field): field for field in headings})
    return table


ORGANIZATION_COLUMNS = _table(ORGANIZATION_HEADINGS)
LINK_COLUMNS = _table(LINK_HEADINGS)


def link_type(value: str) -> str:
    """A link type as typed (``INVESTED_IN``, ``invested in``, ``投資``) as the format's name."""
    key = unicodedata.normalize("NFKC", value).strip()
    return LINK_TYPE_NAMES.get(key, key.upper().replace(" ", "_").replace("-", "_"))


def column_letter(index: int) -> str:
    """A zero-based column index as a spreadsheet names it (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
