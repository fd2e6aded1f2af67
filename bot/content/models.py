"""SQLAlchemy models of the content store: what the bot tells parents and where it sends them."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

AGE_BANDS = ("under_5", "5_10", "11_13", "14_17")


class Region(Base):
    """A place whose law and reporting channels the bot knows; a nation may inherit from its country."""

    __tablename__ = "regions"

    code = Column(String(16), primary_key=True)
    name = Column(String(100), nullable=False)
    emergency_number = Column(String(32), nullable=False)
    parent_code = Column(String(16), ForeignKey("regions.code"), nullable=True)
    note = Column(Text, nullable=True)
    position = Column(Integer, nullable=False, default=0)


class Channel(Base):
    """A reporting or support channel, with the source that confirms it and when it was checked."""

    __tablename__ = "channels"

    id = Column(Integer, primary_key=True)
    key = Column(String(64), unique=True, nullable=False)
    region_code = Column(String(16), ForeignKey("regions.code"), nullable=False)
    name = Column(String(200), nullable=False)
    purpose = Column(Text, nullable=False)
    phone = Column(String(64), nullable=True)
    sms = Column(String(64), nullable=True)  # a number to text
    sms_keyword = Column(String(20), nullable=True)  # the word to text to it, if any
    url = Column(String(500), nullable=True)
    email = Column(String(200), nullable=True)
    hours = Column(String(300), nullable=True)
    anonymous = Column(String(16), nullable=False, default="unknown")
    anonymity_note = Column(Text, nullable=True)
    what_happens = Column(Text, nullable=True)
    source = Column(Text, nullable=False)
    verified = Column(Boolean, nullable=False, default=False)
    verified_on = Column(Date, nullable=True)

    region = relationship(Region)


class Situation(Base):
    """A kind of disclosure, with the advice that goes with every route for it."""

    __tablename__ = "situations"

    key = Column(String(32), primary_key=True)
    title = Column(String(200), nullable=False)
    advice = Column(Text, nullable=False)
    ask_if_safe = Column(Boolean, nullable=False, default=True)
    source = Column(Text, nullable=True)


class Route(Base):
    """One step of the ordered answer to: in this region, for this situation, where do I go?"""

    __tablename__ = "routes"
    __table_args__ = (UniqueConstraint("region_code", "situation_key", "position"),)

    id = Column(Integer, primary_key=True)
    region_code = Column(String(16), ForeignKey("regions.code"), nullable=False)
    situation_key = Column(String(32), ForeignKey("situations.key"), nullable=False)
    position = Column(Integer, nullable=False)
    channel_id = Column(Integer, ForeignKey("channels.id", ondelete="CASCADE"), nullable=False)

    channel = relationship(Channel)


class Site(Base):
    """A school or organisation that embeds the widget; it pre-sets the region and local contacts."""

    __tablename__ = "sites"

    id = Column(Integer, primary_key=True)
    slug = Column(String(64), unique=True, nullable=False)
    name = Column(String(200), nullable=False)
    region_code = Column(String(16), ForeignKey("regions.code"), nullable=False)
    safeguarding_lead_name = Column(String(200), nullable=True)
    safeguarding_lead_contact = Column(String(300), nullable=True)
    police_force = Column(String(200), nullable=True)
    police_contact = Column(String(300), nullable=True)
    greeting = Column(Text, nullable=True)
    primary_colour = Column(String(16), nullable=True)
    allowed_origins = Column(Text, nullable=True)  # one origin per line

    region = relationship(Region)


class Topic(Base):
    """Advice on one subject a parent asks about, by the child's age band where that matters."""

    __tablename__ = "topics"

    key = Column(String(64), primary_key=True)
    intent = Column(String(64), unique=True, nullable=False)
    title = Column(String(200), nullable=False)
    summary = Column(Text, nullable=False)
    follow_up = Column(Text, nullable=True)
    sources = Column(Text, nullable=False)  # one source per line
    position = Column(Integer, nullable=False, default=0)

    guidance = relationship(
        "TopicGuidance", cascade="all, delete-orphan", order_by="TopicGuidance.age_band"
    )
    words = relationship("TopicWords", cascade="all, delete-orphan", order_by="TopicWords.age_band")


class TopicGuidance(Base):
    """The part of a topic's advice written for one age band."""

    __tablename__ = "topic_guidance"
    __table_args__ = (UniqueConstraint("topic_key", "age_band"),)

    id = Column(Integer, primary_key=True)
    topic_key = Column(String(64), ForeignKey("topics.key", ondelete="CASCADE"), nullable=False)
    age_band = Column(String(16), nullable=False)
    text = Column(Text, nullable=False)


class TopicWords(Base):
    """Words a parent can say to a child of one age band about a topic."""

    __tablename__ = "topic_words"
    __table_args__ = (UniqueConstraint("topic_key", "age_band"),)

    id = Column(Integer, primary_key=True)
    topic_key = Column(String(64), ForeignKey("topics.key", ondelete="CASCADE"), nullable=False)
    age_band = Column(String(16), nullable=False)
    text = Column(Text, nullable=False)


class Platform(Base):
    """An app or game parents name, with its sourced minimum age, rating and settings."""

    __tablename__ = "platforms"

    key = Column(String(64), primary_key=True)
    name = Column(String(100), nullable=False)
    aliases = Column(Text, nullable=False)  # one per line, lower case
    kind = Column(String(16), nullable=False)
    min_age = Column(Integer, nullable=True)
    rating = Column(String(300), nullable=True)
    summary = Column(Text, nullable=False)
    settings = Column(Text, nullable=False, default="")  # one per line
    au_note = Column(Text, nullable=True)
    sources = Column(Text, nullable=False)  # one per line
    checked = Column(Date, nullable=True)
    position = Column(Integer, nullable=False, default=0)


class FactText(Base):
    """A fact's text for one region (or "default"), filled into advice as {fact:KEY}."""

    __tablename__ = "fact_texts"
    __table_args__ = (UniqueConstraint("fact_key", "region"),)

    id = Column(Integer, primary_key=True)
    fact_key = Column(String(64), ForeignKey("facts.key", ondelete="CASCADE"), nullable=False)
    region = Column(String(16), nullable=False)  # a region code, or "default"
    text = Column(Text, nullable=False)


class Fact(Base):
    """Something that differs by region (a law, a minimum age), written once for every answer."""

    __tablename__ = "facts"

    key = Column(String(64), primary_key=True)
    source = Column(Text, nullable=False)
    position = Column(Integer, nullable=False, default=0)

    texts = relationship(FactText, cascade="all, delete-orphan", order_by=FactText.id)


class Staff(Base):
    """A console user: editor, site manager (their own sites only) or admin."""

    __tablename__ = "staff"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    role = Column(String(16), nullable=False)
    site_slugs = Column(Text, nullable=True)  # one slug per line, for site managers
    failed_logins = Column(Integer, nullable=False, default=0)
    locked_until = Column(DateTime, nullable=True)
    active = Column(Boolean, nullable=False, default=True)


class AuditEntry(Base):
    """Who changed what, when, with the value before and after: written by every publish and import."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime, nullable=False)
    actor = Column(String(254), nullable=False)
    action = Column(String(32), nullable=False)
    kind = Column(String(32), nullable=False)
    key = Column(String(128), nullable=False)
    before = Column(Text, nullable=True)  # JSON
    after = Column(Text, nullable=True)  # JSON


class ContentBase(Base):
    """The seed pack as last taken in (the base of `content upgrade`'s three-way merge), and the
    newer seed an upgrade put in the draft, which becomes the base once the draft is published."""

    __tablename__ = "content_base"

    id = Column(Integer, primary_key=True)
    pack = Column(Text, nullable=True)  # JSON of a ContentPack
    pending = Column(Text, nullable=True)  # JSON of a ContentPack
    updated_at = Column(DateTime, nullable=False)


class ContentConflict(Base):
    """An entity both staff and a new seed changed: the staff version is in the draft, the seed's
    here, until a person chooses in the console."""

    __tablename__ = "content_conflicts"

    id = Column(Integer, primary_key=True)
    kind = Column(String(32), nullable=False)
    key = Column(String(128), nullable=False)
    ours = Column(Text, nullable=True)  # JSON
    theirs = Column(Text, nullable=True)  # JSON
    created_at = Column(DateTime, nullable=False)


class ContentDraft(Base):
    """The one shared draft: a whole content pack, validated on every save, live only once published."""

    __tablename__ = "content_draft"

    id = Column(Integer, primary_key=True)
    pack = Column(Text, nullable=False)  # JSON of a ContentPack
    updated_at = Column(DateTime, nullable=False)
    updated_by = Column(String(254), nullable=False)


class ContentRevision(Base):
    """One row whose number every change to the live content raises: readers may keep what they
    read for as long as the number stands (bot/content/queries.py)."""

    __tablename__ = "content_revision"

    id = Column(Integer, primary_key=True)
    revision = Column(Integer, nullable=False, default=0)
