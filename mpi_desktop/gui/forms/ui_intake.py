# Generated from ui/intake.ui by pyside6-uic. Do not edit: change the .ui file and run `make forms`.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDialog, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(1140, 760)
        self.mainLayout = QVBoxLayout(IntakeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(IntakeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.scrollArea = QScrollArea(IntakeDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.NoFocus)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentLayout = QGridLayout(self.scrollContents)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.caseGroup = QGroupBox(self.scrollContents)
        self.caseGroup.setObjectName(u"caseGroup")
        self.caseForm = QFormLayout(self.caseGroup)
        self.caseForm.setObjectName(u"caseForm")
        self.caseForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.caseForm.setVerticalSpacing(4)
        self.modalityLabel = QLabel(self.caseGroup)
        self.modalityLabel.setObjectName(u"modalityLabel")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.modalityLabel)

        self.modalityLayout = QVBoxLayout()
        self.modalityLayout.setSpacing(2)
        self.modalityLayout.setObjectName(u"modalityLayout")
        self.incorporationRadio = QRadioButton(self.caseGroup)
        self.incorporationRadio.setObjectName(u"incorporationRadio")

        self.modalityLayout.addWidget(self.incorporationRadio)

        self.attentionRadio = QRadioButton(self.caseGroup)
        self.attentionRadio.setObjectName(u"attentionRadio")

        self.modalityLayout.addWidget(self.attentionRadio)

        self.federalRadio = QRadioButton(self.caseGroup)
        self.federalRadio.setObjectName(u"federalRadio")

        self.modalityLayout.addWidget(self.federalRadio)


        self.caseForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.modalityLayout)

        self.modalityError = QLabel(self.caseGroup)
        self.modalityError.setObjectName(u"modalityError")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.modalityError.sizePolicy().hasHeightForWidth())
        self.modalityError.setSizePolicy(sizePolicy)
        self.modalityError.setWordWrap(True)

        self.caseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modalityError)

        self.procedureLabel = QLabel(self.caseGroup)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.procedureLabel)

        self.procedureCombo = QComboBox(self.caseGroup)
        self.procedureCombo.setObjectName(u"procedureCombo")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.procedureCombo)

        self.procedureError = QLabel(self.caseGroup)
        self.procedureError.setObjectName(u"procedureError")
        sizePolicy.setHeightForWidth(self.procedureError.sizePolicy().hasHeightForWidth())
        self.procedureError.setSizePolicy(sizePolicy)
        self.procedureError.setWordWrap(True)

        self.caseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.procedureError)

        self.profileLabel = QLabel(self.caseGroup)
        self.profileLabel.setObjectName(u"profileLabel")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profileCombo = QComboBox(self.caseGroup)
        self.profileCombo.setObjectName(u"profileCombo")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profileCombo)

        self.profileError = QLabel(self.caseGroup)
        self.profileError.setObjectName(u"profileError")
        sizePolicy.setHeightForWidth(self.profileError.sizePolicy().hasHeightForWidth())
        self.profileError.setSizePolicy(sizePolicy)
        self.profileError.setWordWrap(True)

        self.caseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.profileError)

        self.identityLabel = QLabel(self.caseGroup)
        self.identityLabel.setObjectName(u"identityLabel")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.identityLabel)

        self.identityCombo = QComboBox(self.caseGroup)
        self.identityCombo.setObjectName(u"identityCombo")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.identityCombo)

        self.identityError = QLabel(self.caseGroup)
        self.identityError.setObjectName(u"identityError")
        sizePolicy.setHeightForWidth(self.identityError.sizePolicy().hasHeightForWidth())
        self.identityError.setSizePolicy(sizePolicy)
        self.identityError.setWordWrap(True)

        self.caseForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.identityError)

        self.openedOnLabel = QLabel(self.caseGroup)
        self.openedOnLabel.setObjectName(u"openedOnLabel")

        self.caseForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.openedOnLabel)

        self.openedOnEdit = QDateEdit(self.caseGroup)
        self.openedOnEdit.setObjectName(u"openedOnEdit")
        self.openedOnEdit.setCalendarPopup(True)
        self.openedOnEdit.setMinimumDate(QDate(1900, 1, 1))

        self.caseForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.openedOnEdit)

        self.openedOnError = QLabel(self.caseGroup)
        self.openedOnError.setObjectName(u"openedOnError")
        sizePolicy.setHeightForWidth(self.openedOnError.sizePolicy().hasHeightForWidth())
        self.openedOnError.setSizePolicy(sizePolicy)
        self.openedOnError.setWordWrap(True)

        self.caseForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.openedOnError)

        self.alcaldiaLabel = QLabel(self.caseGroup)
        self.alcaldiaLabel.setObjectName(u"alcaldiaLabel")

        self.caseForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.alcaldiaLabel)

        self.alcaldiaCombo = QComboBox(self.caseGroup)
        self.alcaldiaCombo.setObjectName(u"alcaldiaCombo")

        self.caseForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.alcaldiaCombo)

        self.alcaldiaError = QLabel(self.caseGroup)
        self.alcaldiaError.setObjectName(u"alcaldiaError")
        sizePolicy.setHeightForWidth(self.alcaldiaError.sizePolicy().hasHeightForWidth())
        self.alcaldiaError.setSizePolicy(sizePolicy)
        self.alcaldiaError.setWordWrap(True)

        self.caseForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.alcaldiaError)

        self.collectiveNameLabel = QLabel(self.caseGroup)
        self.collectiveNameLabel.setObjectName(u"collectiveNameLabel")

        self.caseForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.collectiveNameLabel)

        self.collectiveNameEdit = QLineEdit(self.caseGroup)
        self.collectiveNameEdit.setObjectName(u"collectiveNameEdit")
        self.collectiveNameEdit.setMaxLength(200)

        self.caseForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.collectiveNameEdit)

        self.collectiveNameError = QLabel(self.caseGroup)
        self.collectiveNameError.setObjectName(u"collectiveNameError")
        sizePolicy.setHeightForWidth(self.collectiveNameError.sizePolicy().hasHeightForWidth())
        self.collectiveNameError.setSizePolicy(sizePolicy)
        self.collectiveNameError.setWordWrap(True)

        self.caseForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.collectiveNameError)

        self.summaryLabel = QLabel(self.caseGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.caseForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.caseGroup)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumSize(QSize(0, 64))

        self.caseForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.summaryError = QLabel(self.caseGroup)
        self.summaryError.setObjectName(u"summaryError")
        sizePolicy.setHeightForWidth(self.summaryError.sizePolicy().hasHeightForWidth())
        self.summaryError.setSizePolicy(sizePolicy)
        self.summaryError.setWordWrap(True)

        self.caseForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.summaryError)


        self.contentLayout.addWidget(self.caseGroup, 0, 0, 1, 1)

        self.personsGroup = QGroupBox(self.scrollContents)
        self.personsGroup.setObjectName(u"personsGroup")
        self.personsLayout = QVBoxLayout(self.personsGroup)
        self.personsLayout.setObjectName(u"personsLayout")
        self.personsTable = QTableWidget(self.personsGroup)
        if (self.personsTable.columnCount() < 4):
            self.personsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.personsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.personsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.personsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.personsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.personsTable.setObjectName(u"personsTable")
        self.personsTable.setMinimumSize(QSize(0, 96))
        self.personsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.personsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.personsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.personsTable.setTabKeyNavigation(False)
        self.personsTable.horizontalHeader().setStretchLastSection(False)
        self.personsTable.verticalHeader().setVisible(False)

        self.personsLayout.addWidget(self.personsTable)

        self.personsError = QLabel(self.personsGroup)
        self.personsError.setObjectName(u"personsError")
        sizePolicy.setHeightForWidth(self.personsError.sizePolicy().hasHeightForWidth())
        self.personsError.setSizePolicy(sizePolicy)
        self.personsError.setWordWrap(True)

        self.personsLayout.addWidget(self.personsError)

        self.personButtons = QHBoxLayout()
        self.personButtons.setObjectName(u"personButtons")
        self.addPersonButton = QPushButton(self.personsGroup)
        self.addPersonButton.setObjectName(u"addPersonButton")
        self.addPersonButton.setAutoDefault(False)

        self.personButtons.addWidget(self.addPersonButton)

        self.removePersonButton = QPushButton(self.personsGroup)
        self.removePersonButton.setObjectName(u"removePersonButton")
        self.removePersonButton.setAutoDefault(False)

        self.personButtons.addWidget(self.removePersonButton)

        self.personButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.personButtons.addItem(self.personButtonsSpacer)


        self.personsLayout.addLayout(self.personButtons)

        self.personTitle = QLabel(self.personsGroup)
        self.personTitle.setObjectName(u"personTitle")

        self.personsLayout.addWidget(self.personTitle)

        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.personForm.setVerticalSpacing(4)
        self.personRoleLabel = QLabel(self.personsGroup)
        self.personRoleLabel.setObjectName(u"personRoleLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personRoleLabel)

        self.personRoleCombo = QComboBox(self.personsGroup)
        self.personRoleCombo.setObjectName(u"personRoleCombo")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personRoleCombo)

        self.personRoleError = QLabel(self.personsGroup)
        self.personRoleError.setObjectName(u"personRoleError")
        sizePolicy.setHeightForWidth(self.personRoleError.sizePolicy().hasHeightForWidth())
        self.personRoleError.setSizePolicy(sizePolicy)
        self.personRoleError.setWordWrap(True)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personRoleError)

        self.personNameLabel = QLabel(self.personsGroup)
        self.personNameLabel.setObjectName(u"personNameLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personNameLabel)

        self.personNameEdit = QLineEdit(self.personsGroup)
        self.personNameEdit.setObjectName(u"personNameEdit")
        self.personNameEdit.setMaxLength(200)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personNameEdit)

        self.personNameError = QLabel(self.personsGroup)
        self.personNameError.setObjectName(u"personNameError")
        sizePolicy.setHeightForWidth(self.personNameError.sizePolicy().hasHeightForWidth())
        self.personNameError.setSizePolicy(sizePolicy)
        self.personNameError.setWordWrap(True)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.personNameError)

        self.personIdentityLabel = QLabel(self.personsGroup)
        self.personIdentityLabel.setObjectName(u"personIdentityLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.personIdentityLabel)

        self.personIdentityCombo = QComboBox(self.personsGroup)
        self.personIdentityCombo.setObjectName(u"personIdentityCombo")

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.personIdentityCombo)

        self.personIdentityError = QLabel(self.personsGroup)
        self.personIdentityError.setObjectName(u"personIdentityError")
        sizePolicy.setHeightForWidth(self.personIdentityError.sizePolicy().hasHeightForWidth())
        self.personIdentityError.setSizePolicy(sizePolicy)
        self.personIdentityError.setWordWrap(True)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.personIdentityError)

        self.personBirthDateLabel = QLabel(self.personsGroup)
        self.personBirthDateLabel.setObjectName(u"personBirthDateLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.personBirthDateLabel)

        self.personBirthDateEdit = QDateEdit(self.personsGroup)
        self.personBirthDateEdit.setObjectName(u"personBirthDateEdit")
        self.personBirthDateEdit.setCalendarPopup(True)
        self.personBirthDateEdit.setMinimumDate(QDate(1899, 12, 31))

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.personBirthDateEdit)

        self.personBirthDateError = QLabel(self.personsGroup)
        self.personBirthDateError.setObjectName(u"personBirthDateError")
        sizePolicy.setHeightForWidth(self.personBirthDateError.sizePolicy().hasHeightForWidth())
        self.personBirthDateError.setSizePolicy(sizePolicy)
        self.personBirthDateError.setWordWrap(True)

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.personBirthDateError)

        self.personPhoneLabel = QLabel(self.personsGroup)
        self.personPhoneLabel.setObjectName(u"personPhoneLabel")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.personPhoneLabel)

        self.personPhoneEdit = QLineEdit(self.personsGroup)
        self.personPhoneEdit.setObjectName(u"personPhoneEdit")
        self.personPhoneEdit.setMaxLength(30)

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.personPhoneEdit)

        self.personPhoneError = QLabel(self.personsGroup)
        self.personPhoneError.setObjectName(u"personPhoneError")
        sizePolicy.setHeightForWidth(self.personPhoneError.sizePolicy().hasHeightForWidth())
        self.personPhoneError.setSizePolicy(sizePolicy)
        self.personPhoneError.setWordWrap(True)

        self.personForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.personPhoneError)

        self.personEmailLabel = QLabel(self.personsGroup)
        self.personEmailLabel.setObjectName(u"personEmailLabel")

        self.personForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.personEmailLabel)

        self.personEmailEdit = QLineEdit(self.personsGroup)
        self.personEmailEdit.setObjectName(u"personEmailEdit")
        self.personEmailEdit.setMaxLength(120)

        self.personForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.personEmailEdit)

        self.personEmailError = QLabel(self.personsGroup)
        self.personEmailError.setObjectName(u"personEmailError")
        sizePolicy.setHeightForWidth(self.personEmailError.sizePolicy().hasHeightForWidth())
        self.personEmailError.setSizePolicy(sizePolicy)
        self.personEmailError.setWordWrap(True)

        self.personForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.personEmailError)

        self.personCurpLabel = QLabel(self.personsGroup)
        self.personCurpLabel.setObjectName(u"personCurpLabel")

        self.personForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.personCurpLabel)

        self.personCurpEdit = QLineEdit(self.personsGroup)
        self.personCurpEdit.setObjectName(u"personCurpEdit")
        self.personCurpEdit.setMaxLength(24)

        self.personForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.personCurpEdit)

        self.personCurpError = QLabel(self.personsGroup)
        self.personCurpError.setObjectName(u"personCurpError")
        sizePolicy.setHeightForWidth(self.personCurpError.sizePolicy().hasHeightForWidth())
        self.personCurpError.setSizePolicy(sizePolicy)
        self.personCurpError.setWordWrap(True)

        self.personForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.personCurpError)

        self.personOrganisationLabel = QLabel(self.personsGroup)
        self.personOrganisationLabel.setObjectName(u"personOrganisationLabel")

        self.personForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.personOrganisationLabel)

        self.personOrganisationEdit = QLineEdit(self.personsGroup)
        self.personOrganisationEdit.setObjectName(u"personOrganisationEdit")
        self.personOrganisationEdit.setMaxLength(200)

        self.personForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.personOrganisationEdit)

        self.personOrganisationError = QLabel(self.personsGroup)
        self.personOrganisationError.setObjectName(u"personOrganisationError")
        sizePolicy.setHeightForWidth(self.personOrganisationError.sizePolicy().hasHeightForWidth())
        self.personOrganisationError.setSizePolicy(sizePolicy)
        self.personOrganisationError.setWordWrap(True)

        self.personForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.personOrganisationError)

        self.personAddressLabel = QLabel(self.personsGroup)
        self.personAddressLabel.setObjectName(u"personAddressLabel")

        self.personForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.personAddressLabel)

        self.personAddressEdit = QLineEdit(self.personsGroup)
        self.personAddressEdit.setObjectName(u"personAddressEdit")
        self.personAddressEdit.setMaxLength(300)

        self.personForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.personAddressEdit)

        self.personAddressError = QLabel(self.personsGroup)
        self.personAddressError.setObjectName(u"personAddressError")
        sizePolicy.setHeightForWidth(self.personAddressError.sizePolicy().hasHeightForWidth())
        self.personAddressError.setSizePolicy(sizePolicy)
        self.personAddressError.setWordWrap(True)

        self.personForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.personAddressError)

        self.personNotesLabel = QLabel(self.personsGroup)
        self.personNotesLabel.setObjectName(u"personNotesLabel")

        self.personForm.setWidget(18, QFormLayout.ItemRole.LabelRole, self.personNotesLabel)

        self.personNotesEdit = QPlainTextEdit(self.personsGroup)
        self.personNotesEdit.setObjectName(u"personNotesEdit")
        self.personNotesEdit.setTabChangesFocus(True)
        self.personNotesEdit.setMaximumSize(QSize(16777215, 80))

        self.personForm.setWidget(18, QFormLayout.ItemRole.FieldRole, self.personNotesEdit)

        self.personNotesError = QLabel(self.personsGroup)
        self.personNotesError.setObjectName(u"personNotesError")
        sizePolicy.setHeightForWidth(self.personNotesError.sizePolicy().hasHeightForWidth())
        self.personNotesError.setSizePolicy(sizePolicy)
        self.personNotesError.setWordWrap(True)

        self.personForm.setWidget(19, QFormLayout.ItemRole.FieldRole, self.personNotesError)


        self.personsLayout.addLayout(self.personForm)


        self.contentLayout.addWidget(self.personsGroup, 0, 1, 1, 1)

        self.aggressionGroup = QGroupBox(self.scrollContents)
        self.aggressionGroup.setObjectName(u"aggressionGroup")
        self.aggressionGroup.setCheckable(True)
        self.aggressionGroup.setChecked(False)
        self.aggressionForm = QFormLayout(self.aggressionGroup)
        self.aggressionForm.setObjectName(u"aggressionForm")
        self.aggressionForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.aggressionForm.setVerticalSpacing(4)
        self.aggressionDateLabel = QLabel(self.aggressionGroup)
        self.aggressionDateLabel.setObjectName(u"aggressionDateLabel")

        self.aggressionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.aggressionDateLabel)

        self.aggressionDateEdit = QDateEdit(self.aggressionGroup)
        self.aggressionDateEdit.setObjectName(u"aggressionDateEdit")
        self.aggressionDateEdit.setCalendarPopup(True)
        self.aggressionDateEdit.setMinimumDate(QDate(1900, 1, 1))

        self.aggressionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.aggressionDateEdit)

        self.aggressionDateError = QLabel(self.aggressionGroup)
        self.aggressionDateError.setObjectName(u"aggressionDateError")
        sizePolicy.setHeightForWidth(self.aggressionDateError.sizePolicy().hasHeightForWidth())
        self.aggressionDateError.setSizePolicy(sizePolicy)
        self.aggressionDateError.setWordWrap(True)

        self.aggressionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aggressionDateError)

        self.aggressionKindLabel = QLabel(self.aggressionGroup)
        self.aggressionKindLabel.setObjectName(u"aggressionKindLabel")

        self.aggressionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aggressionKindLabel)

        self.aggressionKindCombo = QComboBox(self.aggressionGroup)
        self.aggressionKindCombo.setObjectName(u"aggressionKindCombo")

        self.aggressionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aggressionKindCombo)

        self.aggressionKindError = QLabel(self.aggressionGroup)
        self.aggressionKindError.setObjectName(u"aggressionKindError")
        sizePolicy.setHeightForWidth(self.aggressionKindError.sizePolicy().hasHeightForWidth())
        self.aggressionKindError.setSizePolicy(sizePolicy)
        self.aggressionKindError.setWordWrap(True)

        self.aggressionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.aggressionKindError)

        self.aggressionContextLabel = QLabel(self.aggressionGroup)
        self.aggressionContextLabel.setObjectName(u"aggressionContextLabel")

        self.aggressionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.aggressionContextLabel)

        self.aggressionContextEdit = QLineEdit(self.aggressionGroup)
        self.aggressionContextEdit.setObjectName(u"aggressionContextEdit")
        self.aggressionContextEdit.setMaxLength(200)

        self.aggressionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.aggressionContextEdit)

        self.aggressionContextError = QLabel(self.aggressionGroup)
        self.aggressionContextError.setObjectName(u"aggressionContextError")
        sizePolicy.setHeightForWidth(self.aggressionContextError.sizePolicy().hasHeightForWidth())
        self.aggressionContextError.setSizePolicy(sizePolicy)
        self.aggressionContextError.setWordWrap(True)

        self.aggressionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.aggressionContextError)

        self.aggressionAlcaldiaLabel = QLabel(self.aggressionGroup)
        self.aggressionAlcaldiaLabel.setObjectName(u"aggressionAlcaldiaLabel")

        self.aggressionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.aggressionAlcaldiaLabel)

        self.aggressionAlcaldiaCombo = QComboBox(self.aggressionGroup)
        self.aggressionAlcaldiaCombo.setObjectName(u"aggressionAlcaldiaCombo")

        self.aggressionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.aggressionAlcaldiaCombo)

        self.aggressionAlcaldiaError = QLabel(self.aggressionGroup)
        self.aggressionAlcaldiaError.setObjectName(u"aggressionAlcaldiaError")
        sizePolicy.setHeightForWidth(self.aggressionAlcaldiaError.sizePolicy().hasHeightForWidth())
        self.aggressionAlcaldiaError.setSizePolicy(sizePolicy)
        self.aggressionAlcaldiaError.setWordWrap(True)

        self.aggressionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.aggressionAlcaldiaError)

        self.aggressionDescriptionLabel = QLabel(self.aggressionGroup)
        self.aggressionDescriptionLabel.setObjectName(u"aggressionDescriptionLabel")

        self.aggressionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.aggressionDescriptionLabel)

        self.aggressionDescriptionEdit = QPlainTextEdit(self.aggressionGroup)
        self.aggressionDescriptionEdit.setObjectName(u"aggressionDescriptionEdit")
        self.aggressionDescriptionEdit.setTabChangesFocus(True)
        self.aggressionDescriptionEdit.setMinimumSize(QSize(0, 56))

        self.aggressionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.aggressionDescriptionEdit)

        self.aggressionDescriptionError = QLabel(self.aggressionGroup)
        self.aggressionDescriptionError.setObjectName(u"aggressionDescriptionError")
        sizePolicy.setHeightForWidth(self.aggressionDescriptionError.sizePolicy().hasHeightForWidth())
        self.aggressionDescriptionError.setSizePolicy(sizePolicy)
        self.aggressionDescriptionError.setWordWrap(True)

        self.aggressionForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.aggressionDescriptionError)


        self.contentLayout.addWidget(self.aggressionGroup, 1, 0, 1, 1)

        self.riskGroup = QGroupBox(self.scrollContents)
        self.riskGroup.setObjectName(u"riskGroup")
        self.riskGroup.setCheckable(True)
        self.riskGroup.setChecked(False)
        self.riskForm = QFormLayout(self.riskGroup)
        self.riskForm.setObjectName(u"riskForm")
        self.riskForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.riskForm.setVerticalSpacing(4)
        self.riskDateLabel = QLabel(self.riskGroup)
        self.riskDateLabel.setObjectName(u"riskDateLabel")

        self.riskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.riskDateLabel)

        self.riskDateEdit = QDateEdit(self.riskGroup)
        self.riskDateEdit.setObjectName(u"riskDateEdit")
        self.riskDateEdit.setCalendarPopup(True)
        self.riskDateEdit.setMinimumDate(QDate(1900, 1, 1))

        self.riskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.riskDateEdit)

        self.riskDateError = QLabel(self.riskGroup)
        self.riskDateError.setObjectName(u"riskDateError")
        sizePolicy.setHeightForWidth(self.riskDateError.sizePolicy().hasHeightForWidth())
        self.riskDateError.setSizePolicy(sizePolicy)
        self.riskDateError.setWordWrap(True)

        self.riskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.riskDateError)

        self.riskLevelLabel = QLabel(self.riskGroup)
        self.riskLevelLabel.setObjectName(u"riskLevelLabel")

        self.riskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.riskLevelLabel)

        self.riskLevelCombo = QComboBox(self.riskGroup)
        self.riskLevelCombo.setObjectName(u"riskLevelCombo")

        self.riskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.riskLevelCombo)

        self.riskLevelError = QLabel(self.riskGroup)
        self.riskLevelError.setObjectName(u"riskLevelError")
        sizePolicy.setHeightForWidth(self.riskLevelError.sizePolicy().hasHeightForWidth())
        self.riskLevelError.setSizePolicy(sizePolicy)
        self.riskLevelError.setWordWrap(True)

        self.riskForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.riskLevelError)

        self.riskSummaryLabel = QLabel(self.riskGroup)
        self.riskSummaryLabel.setObjectName(u"riskSummaryLabel")

        self.riskForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.riskSummaryLabel)

        self.riskSummaryEdit = QPlainTextEdit(self.riskGroup)
        self.riskSummaryEdit.setObjectName(u"riskSummaryEdit")
        self.riskSummaryEdit.setTabChangesFocus(True)
        self.riskSummaryEdit.setMinimumSize(QSize(0, 56))

        self.riskForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.riskSummaryEdit)

        self.riskSummaryError = QLabel(self.riskGroup)
        self.riskSummaryError.setObjectName(u"riskSummaryError")
        sizePolicy.setHeightForWidth(self.riskSummaryError.sizePolicy().hasHeightForWidth())
        self.riskSummaryError.setSizePolicy(sizePolicy)
        self.riskSummaryError.setWordWrap(True)

        self.riskForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.riskSummaryError)


        self.contentLayout.addWidget(self.riskGroup, 1, 1, 1, 1)

        self.contentLayout.setRowStretch(0, 3)
        self.contentLayout.setRowStretch(1, 2)
        self.contentLayout.setColumnStretch(0, 1)
        self.contentLayout.setColumnStretch(1, 1)
        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.formError = QLabel(IntakeDialog)
        self.formError.setObjectName(u"formError")
        sizePolicy.setHeightForWidth(self.formError.sizePolicy().hasHeightForWidth())
        self.formError.setSizePolicy(sizePolicy)
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.missingLabel = QLabel(IntakeDialog)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.missingLabel)

        self.statusLabel = QLabel(IntakeDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.buttonRow.addWidget(self.statusLabel)

        self.cancelButton = QPushButton(IntakeDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(IntakeDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.buttonRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.procedureLabel.setBuddy(self.procedureCombo)
        self.profileLabel.setBuddy(self.profileCombo)
        self.identityLabel.setBuddy(self.identityCombo)
        self.openedOnLabel.setBuddy(self.openedOnEdit)
        self.alcaldiaLabel.setBuddy(self.alcaldiaCombo)
        self.collectiveNameLabel.setBuddy(self.collectiveNameEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.personRoleLabel.setBuddy(self.personRoleCombo)
        self.personNameLabel.setBuddy(self.personNameEdit)
        self.personIdentityLabel.setBuddy(self.personIdentityCombo)
        self.personBirthDateLabel.setBuddy(self.personBirthDateEdit)
        self.personPhoneLabel.setBuddy(self.personPhoneEdit)
        self.personEmailLabel.setBuddy(self.personEmailEdit)
        self.personCurpLabel.setBuddy(self.personCurpEdit)
        self.personOrganisationLabel.setBuddy(self.personOrganisationEdit)
        self.personAddressLabel.setBuddy(self.personAddressEdit)
        self.personNotesLabel.setBuddy(self.personNotesEdit)
        self.aggressionDateLabel.setBuddy(self.aggressionDateEdit)
        self.aggressionKindLabel.setBuddy(self.aggressionKindCombo)
        self.aggressionContextLabel.setBuddy(self.aggressionContextEdit)
        self.aggressionAlcaldiaLabel.setBuddy(self.aggressionAlcaldiaCombo)
        self.aggressionDescriptionLabel.setBuddy(self.aggressionDescriptionEdit)
        self.riskDateLabel.setBuddy(self.riskDateEdit)
        self.riskLevelLabel.setBuddy(self.riskLevelCombo)
        self.riskSummaryLabel.setBuddy(self.riskSummaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.incorporationRadio, self.attentionRadio)
        QWidget.setTabOrder(self.attentionRadio, self.federalRadio)
        QWidget.setTabOrder(self.federalRadio, self.procedureCombo)
        QWidget.setTabOrder(self.procedureCombo, self.profileCombo)
        QWidget.setTabOrder(self.profileCombo, self.identityCombo)
        QWidget.setTabOrder(self.identityCombo, self.openedOnEdit)
        QWidget.setTabOrder(self.openedOnEdit, self.alcaldiaCombo)
        QWidget.setTabOrder(self.alcaldiaCombo, self.collectiveNameEdit)
        QWidget.setTabOrder(self.collectiveNameEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.personsTable)
        QWidget.setTabOrder(self.personsTable, self.addPersonButton)
        QWidget.setTabOrder(self.addPersonButton, self.removePersonButton)
        QWidget.setTabOrder(self.removePersonButton, self.personRoleCombo)
        QWidget.setTabOrder(self.personRoleCombo, self.personNameEdit)
        QWidget.setTabOrder(self.personNameEdit, self.personIdentityCombo)
        QWidget.setTabOrder(self.personIdentityCombo, self.personBirthDateEdit)
        QWidget.setTabOrder(self.personBirthDateEdit, self.personPhoneEdit)
        QWidget.setTabOrder(self.personPhoneEdit, self.personEmailEdit)
        QWidget.setTabOrder(self.personEmailEdit, self.personCurpEdit)
        QWidget.setTabOrder(self.personCurpEdit, self.personOrganisationEdit)
        QWidget.setTabOrder(self.personOrganisationEdit, self.personAddressEdit)
        QWidget.setTabOrder(self.personAddressEdit, self.personNotesEdit)
        QWidget.setTabOrder(self.personNotesEdit, self.aggressionGroup)
        QWidget.setTabOrder(self.aggressionGroup, self.aggressionDateEdit)
        QWidget.setTabOrder(self.aggressionDateEdit, self.aggressionKindCombo)
        QWidget.setTabOrder(self.aggressionKindCombo, self.aggressionContextEdit)
        QWidget.setTabOrder(self.aggressionContextEdit, self.aggressionAlcaldiaCombo)
        QWidget.setTabOrder(self.aggressionAlcaldiaCombo, self.aggressionDescriptionEdit)
        QWidget.setTabOrder(self.aggressionDescriptionEdit, self.riskGroup)
        QWidget.setTabOrder(self.riskGroup, self.riskDateEdit)
        QWidget.setTabOrder(self.riskDateEdit, self.riskLevelCombo)
        QWidget.setTabOrder(self.riskLevelCombo, self.riskSummaryEdit)
        QWidget.setTabOrder(self.riskSummaryEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        IntakeDialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"Nuevo caso \u2014 MPI CDMX", None))
        self.introLabel.setText(QCoreApplication.translate("IntakeDialog", u"Registre el caso y a sus personas. La primera agresi\u00f3n y la primera evaluaci\u00f3n de riesgo son opcionales; los dem\u00e1s datos del caso se completan despu\u00e9s en el expediente.", None))
        self.caseGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Datos del caso", None))
        self.modalityLabel.setText(QCoreApplication.translate("IntakeDialog", u"Modalidad:", None))
        self.incorporationRadio.setText(QCoreApplication.translate("IntakeDialog", u"&Incorporaci\u00f3n", None))
        self.attentionRadio.setText(QCoreApplication.translate("IntakeDialog", u"Ate&nci\u00f3n o canalizaci\u00f3n", None))
        self.federalRadio.setText(QCoreApplication.translate("IntakeDialog", u"Co&laboraci\u00f3n con el Mecanismo Federal", None))
        self.modalityError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.procedureLabel.setText(QCoreApplication.translate("IntakeDialog", u"Procedi&miento:", None))
        self.procedureError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.profileLabel.setText(QCoreApplication.translate("IntakeDialog", u"Per&fil:", None))
        self.profileError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.identityLabel.setText(QCoreApplication.translate("IntakeDialog", u"Id&entidad del caso:", None))
        self.identityError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.openedOnLabel.setText(QCoreApplication.translate("IntakeDialog", u"Fec&ha de apertura:", None))
        self.openedOnEdit.setDisplayFormat(QCoreApplication.translate("IntakeDialog", u"dd/MM/yyyy", None))
        self.openedOnError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.alcaldiaLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Alcald\u00eda:", None))
        self.alcaldiaError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.collectiveNameLabel.setText(QCoreApplication.translate("IntakeDialog", u"Colecti&vo u organizaci\u00f3n:", None))
        self.collectiveNameEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Solo en casos colectivos", None))
        self.collectiveNameError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.summaryLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Resumen:", None))
        self.summaryError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personsGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"&Personas del caso", None))
        ___qtablewidgetitem = self.personsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("IntakeDialog", u"Tipo", None))
        ___qtablewidgetitem1 = self.personsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("IntakeDialog", u"Nombre completo", None))
        ___qtablewidgetitem2 = self.personsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("IntakeDialog", u"Identidad", None))
        ___qtablewidgetitem3 = self.personsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("IntakeDialog", u"Tel\u00e9fono", None))
        self.personsError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.addPersonButton.setText(QCoreApplication.translate("IntakeDialog", u"A&gregar persona", None))
        self.removePersonButton.setText(QCoreApplication.translate("IntakeDialog", u"&Quitar persona", None))
        self.personTitle.setText(QCoreApplication.translate("IntakeDialog", u"Datos de la persona seleccionada", None))
        self.personTitle.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"font-weight: bold;", None))
        self.personRoleLabel.setText(QCoreApplication.translate("IntakeDialog", u"Tipo de per&sona:", None))
        self.personRoleError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personNameLabel.setText(QCoreApplication.translate("IntakeDialog", u"Nom&bre completo:", None))
        self.personNameError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personIdentityLabel.setText(QCoreApplication.translate("IntakeDialog", u"I&dentidad:", None))
        self.personIdentityError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personBirthDateLabel.setText(QCoreApplication.translate("IntakeDialog", u"Fecha de naci&miento:", None))
        self.personBirthDateEdit.setDisplayFormat(QCoreApplication.translate("IntakeDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.personBirthDateEdit.setToolTip(QCoreApplication.translate("IntakeDialog", u"Opcional. D\u00e9jela en blanco si no se conoce (Supr borra la fecha).", None))
#endif // QT_CONFIG(tooltip)
        self.personBirthDateError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personPhoneLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Tel\u00e9fono:", None))
        self.personPhoneError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personEmailLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Correo electr\u00f3nico:", None))
        self.personEmailError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personCurpLabel.setText(QCoreApplication.translate("IntakeDialog", u"C&URP:", None))
        self.personCurpError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personOrganisationLabel.setText(QCoreApplication.translate("IntakeDialog", u"Organi&zaci\u00f3n:", None))
        self.personOrganisationError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personAddressLabel.setText(QCoreApplication.translate("IntakeDialog", u"D&omicilio:", None))
        self.personAddressError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.personNotesLabel.setText(QCoreApplication.translate("IntakeDialog", u"Not&as:", None))
        self.personNotesEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Horarios y medios seguros de contacto, necesidades particulares\u2026", None))
        self.personNotesError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.aggressionGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Registrar la primera a&gresi\u00f3n", None))
        self.aggressionDateLabel.setText(QCoreApplication.translate("IntakeDialog", u"F&echa:", None))
        self.aggressionDateEdit.setDisplayFormat(QCoreApplication.translate("IntakeDialog", u"dd/MM/yyyy", None))
        self.aggressionDateError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.aggressionKindLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Tipo:", None))
        self.aggressionKindError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.aggressionContextLabel.setText(QCoreApplication.translate("IntakeDialog", u"Conte&xto:", None))
        self.aggressionContextEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Por ejemplo: cobertura de una manifestaci\u00f3n", None))
        self.aggressionContextError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.aggressionAlcaldiaLabel.setText(QCoreApplication.translate("IntakeDialog", u"Alcal&d\u00eda:", None))
        self.aggressionAlcaldiaError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.aggressionDescriptionLabel.setText(QCoreApplication.translate("IntakeDialog", u"Descri&pci\u00f3n:", None))
        self.aggressionDescriptionError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.riskGroup.setTitle(QCoreApplication.translate("IntakeDialog", u"Registrar la primera e&valuaci\u00f3n de riesgo", None))
        self.riskDateLabel.setText(QCoreApplication.translate("IntakeDialog", u"Fec&ha:", None))
        self.riskDateEdit.setDisplayFormat(QCoreApplication.translate("IntakeDialog", u"dd/MM/yyyy", None))
        self.riskDateError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.riskLevelLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Nivel de riesgo:", None))
        self.riskLevelError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.riskSummaryLabel.setText(QCoreApplication.translate("IntakeDialog", u"Res&umen:", None))
        self.riskSummaryError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.formError.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #b3261e;", None))
        self.missingLabel.setText("")
        self.missingLabel.setStyleSheet(QCoreApplication.translate("IntakeDialog", u"color: #6b4e00;", None))
        self.statusLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("IntakeDialog", u"Cancelar  (Esc)", None))
        self.saveButton.setText(QCoreApplication.translate("IntakeDialog", u"Guardar caso  (Ctrl+S)", None))
    # retranslateUi

