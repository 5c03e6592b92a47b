"""chat-audit: audit exported WhatsApp group chats for messages that may breach
professional codes of conduct. Everything runs locally; nothing is sent anywhere."""

__version__ = "0.1.0"
