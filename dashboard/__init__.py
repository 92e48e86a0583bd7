"""The Streamlit dashboard's logic: data access, filters, charts and selections (pages only compose)."""
