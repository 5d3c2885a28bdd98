# The two commands a new user needs: `make run` and `make test`. Everything else is set up on the way.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
CTEST_FLAGS ?= --output-on-failure -j2

.PHONY: all deps configure build test test-server run bench format translations clean

all: build

deps:
	@bash scripts/install-deps.sh
	@bash scripts/fetch-third-party.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(if $(CI),-DZS_WERROR=ON) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

# The server-side check first, so the last summary CTest prints is the one of the full suite.
test: build
	$(MAKE) --no-print-directory test-server
	cd $(BUILD_DIR) && ctest $(CTEST_FLAGS)

# The server and the shared layers built and tested with the desktop switched off: no widget can leak below
# desktop/ui unnoticed (ARCHITECTURE.md).
test-server: configure
	cmake -S . -B $(BUILD_DIR)-server -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DZS_WITH_DESKTOP=OFF \
		-DZS_WITH_BENCH=OFF $(if $(CI),-DZS_WERROR=ON) $(CMAKE_FLAGS)
	cmake --build $(BUILD_DIR)-server
	cd $(BUILD_DIR)-server && ctest $(CTEST_FLAGS)

run: build
	bash scripts/run-demo.sh $(BUILD_DIR)

bench: build
	cmake --build $(BUILD_DIR) --target benchmarks
	bash scripts/run-benchmarks.sh $(BUILD_DIR)

format:
	cmake --build $(BUILD_DIR) --target format

# After adding tr() strings: refresh the .ts files, finish zh_CN (the source language), list what English lacks.
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations
	python3 scripts/translations.py finish-zh translations/zhaoshang_zh_CN.ts
	python3 scripts/translations.py check translations/zhaoshang_zh_CN.ts translations/zhaoshang_en.ts

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-server
