FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY kg ./kg
COPY ontology ./ontology
COPY seeds ./seeds
COPY eval ./eval
COPY app_streamlit.py ./
COPY .streamlit ./.streamlit
RUN pip install --no-cache-dir .
EXPOSE 8501
CMD ["sh", "-c", "streamlit run app_streamlit.py --server.address 0.0.0.0 --server.port 8501 --server.headless true --browser.gatherUsageStats false"]
